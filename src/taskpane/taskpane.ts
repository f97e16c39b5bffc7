// Placeholder task pane (the full pane is built separately): shows that the shared runtime is up.
Office.onReady((info) => {
  const status = document.getElementById('status');
  if (!status) return;
  status.textContent = info.host
    ? 'Siap. Ketik =JAMSOSTEK.COVERAGE( di sel. · Ready. Type =JAMSOSTEK.COVERAGE( in a cell.'
    : 'Buka di Excel untuk memakai add-in ini. · Open in Excel to use this add-in.';
});
