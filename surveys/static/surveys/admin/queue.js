// The moderation queue: a "tick all on this page" box for the bulk actions.
// Without JavaScript the rows are ticked one by one; nothing else depends on this file.
document.addEventListener("DOMContentLoaded", () => {
  const all = document.querySelector("[data-queue-select-all]");
  const rows = Array.from(document.querySelectorAll("input.queue-select"));
  if (!all || rows.length === 0) return;
  all.closest("label").hidden = false;
  all.addEventListener("change", () => {
    rows.forEach((row) => {
      row.checked = all.checked;
    });
  });
  rows.forEach((row) =>
    row.addEventListener("change", () => {
      all.checked = rows.every((box) => box.checked);
      all.indeterminate = !all.checked && rows.some((box) => box.checked);
    }),
  );
});
