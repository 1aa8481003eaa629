// Workbench client helpers (no external resources: the app must run offline).
window.workbench = window.workbench || {};
