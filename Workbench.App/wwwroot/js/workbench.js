// Workbench client helpers (no external resources: the app must run offline).
window.workbench = window.workbench || {};

// 等保 idle sign-out: an open page (Blazor circuit) makes no requests that would slide the sign-in cookie, so after the
// configured minutes without a key, click, touch or scroll the page submits the 退出 form itself (the user menu carries
// data-idle-minutes from Workbench:Security:IdleTimeoutMinutes).
(function () {
    var last = Date.now();
    ['mousedown', 'keydown', 'touchstart', 'wheel', 'scroll'].forEach(function (e) {
        window.addEventListener(e, function () { last = Date.now(); }, { passive: true, capture: true });
    });
    setInterval(function () {
        var form = document.querySelector('form[data-idle-minutes]');
        if (!form) return;
        var minutes = parseFloat(form.getAttribute('data-idle-minutes'));
        if (minutes > 0 && Date.now() - last > minutes * 60000) { last = Date.now(); form.submit(); }
    }, 15000);
})();
