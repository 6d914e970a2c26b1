// Starts one OpenSearch node in this JVM through the codelibs runner, bound
// to loopback. Run as a single-file program:
//   java -cp <classpath> OpenSearchNode.java <basePath> <httpPort> <transportPort> <clusterName>
import org.codelibs.opensearch.runner.OpenSearchRunner;

public class OpenSearchNode {
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: OpenSearchNode <basePath> <httpPort> <transportPort> <clusterName>");
            System.exit(2);
        }
        final String basePath = args[0], httpPort = args[1], transportPort = args[2], clusterName = args[3];
        final OpenSearchRunner runner = new OpenSearchRunner();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (Exception e) {
                System.err.println("close failed: " + e);
            }
        }));
        runner.onBuild((number, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", httpPort);
            settings.put("transport.port", transportPort);
            settings.put("discovery.type", "single-node");
            // A nearly full disk must not turn the test cluster read-only.
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        });
        try {
            runner.build("-basePath", basePath, "-numOfNode", "1", "-clusterName", clusterName, "-printOnFailure");
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.out.println("started on http://127.0.0.1:" + httpPort);
        while (!runner.isClosed()) {
            Thread.sleep(1000);
        }
    }
}
