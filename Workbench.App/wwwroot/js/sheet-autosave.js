// 评分表防丢：每次输入先写入本机（localStorage，按评分表和用户分开），再经 .NET 逐项保存到服务器；
// 失焦、切换/关闭页面、站内跳转前立即保存；服务器确认后才删除本机副本；连接中断时每 2 秒重试。
// Fields are marked data-item (indicator code, or _overall) and data-field (score | comment | overall).
const SAVE_TIMEOUT_MS = 10000;
const RETRY_MS = 2000;
const TEXT = {
    saving: '保存中…',
    offline: '未保存（连接中断，已在本机暂存）',
    conflict: '未保存（有修改冲突，请在上方选择保留哪一个）',
    never: '尚未保存',
    refused: '未保存（见页面上的提示）',
};
const sheets = new WeakMap();

function read(key) {
    try {
        const v = JSON.parse(localStorage.getItem(key) || 'null');
        return v && typeof v === 'object' ? { items: v.items || {}, overall: v.overall || null } : empty();
    } catch { return empty(); }
}

function empty() { return { items: {}, overall: null }; }

function write(s) {
    const items = { ...s.offered.items, ...s.pending.items };
    const overall = s.pending.overall || s.offered.overall;
    try {
        if (Object.keys(items).length === 0 && !overall) localStorage.removeItem(s.key);
        else localStorage.setItem(s.key, JSON.stringify({ items, overall }));
    } catch { /* storage full or disabled: the server save still runs */ }
}

function field(s, code, name) {
    return s.root.querySelector(`[data-item="${CSS.escape(code)}"][data-field="${name}"]`);
}

function hasPending(s) { return Object.keys(s.pending.items).length > 0 || s.pending.overall !== null; }

function hasConflict(s) {
    return Object.values(s.pending.items).some(e => e.conflict) || (s.pending.overall && s.pending.overall.conflict);
}

function render(s) {
    const el = s.root.querySelector('[data-testid=autosave-status]');
    if (!el) return;
    el.textContent = s.readOnly && hasPending(s) ? TEXT.refused
        : hasConflict(s) ? TEXT.conflict
        : s.failed && hasPending(s) ? TEXT.offline
        : hasPending(s) ? TEXT.saving
        : s.saved ? '已保存 ' + s.saved : TEXT.never;
}

function edited(s, el) {
    const code = el && el.dataset ? el.dataset.item : null;
    if (!code || s.readOnly) return;
    if (el.dataset.field === 'overall') {
        const o = s.pending.overall || (s.pending.overall = { base: s.overallBase });
        o.text = el.value; o.at = Date.now(); delete o.conflict;
    } else {
        const e = s.pending.items[code] || (s.pending.items[code] = { base: s.versions[code] || 0 });
        e.score = (field(s, code, 'score') || {}).value || '';
        e.comment = (field(s, code, 'comment') || {}).value || '';
        e.at = Date.now(); delete e.conflict;
    }
    write(s);
    render(s);
    clearTimeout(s.timer);
    s.timer = setTimeout(() => flush(s), s.debounceMs);
}

function batchOf(s) {
    const items = Object.entries(s.pending.items).filter(([, e]) => !e.conflict)
        .map(([code, e]) => ({ code, score: e.score, comment: e.comment, base: e.base }));
    const o = s.pending.overall && !s.pending.overall.conflict ? { text: s.pending.overall.text, base: s.pending.overall.base } : null;
    return items.length === 0 && !o ? null : { items, overall: o };
}

function flush(s) {
    clearTimeout(s.timer);
    if (s.inflight) { s.again = true; return s.inflight; }
    const batch = batchOf(s);
    if (!batch) { render(s); return Promise.resolve(); }
    s.inflight = send(s, batch).finally(() => {
        s.inflight = null;
        if (s.again) { s.again = false; flush(s); }
    });
    return s.inflight;
}

function timeout(ms) { return new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms)); }

async function send(s, batch) {
    try {
        const r = await Promise.race([s.dotnet.invokeMethodAsync('SaveFromBrowser', batch), timeout(SAVE_TIMEOUT_MS)]);
        s.failed = false;
        confirm(s, batch, r);
    } catch {
        s.failed = true;
        clearTimeout(s.retry);
        s.retry = setTimeout(() => flush(s), RETRY_MS);
    }
    write(s);
    render(s);
}

function confirm(s, batch, r) {
    if (!r) return;
    if (r.readOnly) s.readOnly = true;
    for (const it of r.saved || []) {
        s.versions[it.code] = it.version;
        const e = s.pending.items[it.code];
        const sent = batch.items.find(b => b.code === it.code);
        if (e && sent && e.score === sent.score && e.comment === sent.comment) delete s.pending.items[it.code];
        else if (e) e.base = it.version;
    }
    for (const code of r.conflicts || []) if (s.pending.items[code]) s.pending.items[code].conflict = true;
    const o = s.pending.overall;
    if (r.overallSaved && batch.overall) {
        s.overallBase = r.overallText || '';
        if (o && o.text === batch.overall.text) s.pending.overall = null;
        else if (o) o.base = s.overallBase;
    }
    if (r.overallConflict && o) o.conflict = true;
    if (r.savedAt) s.saved = r.savedAt;
}

/** Wires a sheet; returns what an earlier visit left unsent (for the restore prompt). */
export function init(root, dotnet, key, debounceMs, savedText, overallBase) {
    const s = {
        root, dotnet, key, debounceMs, saved: savedText, overallBase: overallBase || '', versions: {},
        pending: empty(), offered: read(key), timer: 0, retry: 0, inflight: null, again: false, failed: false, readOnly: false,
    };
    for (const el of root.querySelectorAll('[data-field=score]')) s.versions[el.dataset.item] = +(el.dataset.version || 0);
    s.handlers = {
        input: e => edited(s, e.target),
        focusout: e => { if (e.target && e.target.dataset && e.target.dataset.field) flush(s); },
        visibilitychange: () => { if (document.visibilityState === 'hidden') flush(s); },
        pagehide: () => flush(s),
        beforeunload: e => { if (hasPending(s)) { e.preventDefault(); e.returnValue = ''; } },
        online: () => flush(s),
        offline: () => { s.failed = true; render(s); },
    };
    root.addEventListener('input', s.handlers.input);
    root.addEventListener('focusout', s.handlers.focusout);
    document.addEventListener('visibilitychange', s.handlers.visibilitychange);
    for (const n of ['pagehide', 'beforeunload', 'online', 'offline']) window.addEventListener(n, s.handlers[n]);
    sheets.set(root, s);
    render(s);
    return { items: s.offered.items, overall: s.offered.overall };
}

/** Saves now; resolves true when nothing is left unsent (before in-app navigation and submitting). */
export async function flushNow(root) {
    const s = sheets.get(root);
    if (!s) return true;
    await flush(s);
    if (s.inflight) await s.inflight;
    return !hasPending(s);
}

/** Puts the offered browser copy back into the fields and saves it (on top of the versions it was typed on). */
export function restore(root, codes, overall) {
    const s = sheets.get(root);
    if (!s) return;
    for (const code of codes) {
        const e = s.offered.items[code];
        if (!e) continue;
        const score = field(s, code, 'score'), comment = field(s, code, 'comment');
        if (score) score.value = e.score || '';
        if (comment) comment.value = e.comment || '';
        s.pending.items[code] = { ...e, conflict: false };
    }
    if (overall && s.offered.overall) {
        const el = field(s, '_overall', 'overall');
        if (el) el.value = s.offered.overall.text || '';
        s.pending.overall = { ...s.offered.overall, conflict: false };
    }
    s.offered = empty();
    write(s);
    render(s);
    return flush(s);
}

/** Drops the offered browser copy (the expert chose the server's values). */
export function discard(root) {
    const s = sheets.get(root);
    if (!s) return;
    s.offered = empty();
    write(s);
}

/** 保留我的: save my value again, now on top of the version the other tab saved. */
export function keepMine(root, code, theirVersion) {
    const s = sheets.get(root);
    const e = s && s.pending.items[code];
    if (!e) return;
    e.base = theirVersion; e.conflict = false;
    write(s);
    return flush(s);
}

/** 采用对方的: show the stored value and forget mine. */
export function takeTheirs(root, code, score, comment, version) {
    const s = sheets.get(root);
    if (!s) return;
    const sf = field(s, code, 'score'), cf = field(s, code, 'comment');
    if (sf) sf.value = score || '';
    if (cf) cf.value = comment || '';
    s.versions[code] = version;
    delete s.pending.items[code];
    write(s);
    render(s);
}

/** The overall comment's conflict: keep mine on top of their text, or take theirs. */
export function resolveOverall(root, keep, theirText) {
    const s = sheets.get(root);
    const o = s && s.pending.overall;
    if (!o) return;
    s.overallBase = theirText || '';
    if (keep) { o.base = s.overallBase; o.conflict = false; write(s); return flush(s); }
    const el = field(s, '_overall', 'overall');
    if (el) el.value = s.overallBase;
    s.pending.overall = null;
    write(s);
    render(s);
}

/** The sheet was submitted (or left): stop listening; anything unsent stays in localStorage. */
export function dispose(root) {
    const s = sheets.get(root);
    if (!s) return;
    clearTimeout(s.timer); clearTimeout(s.retry);
    root.removeEventListener('input', s.handlers.input);
    root.removeEventListener('focusout', s.handlers.focusout);
    document.removeEventListener('visibilitychange', s.handlers.visibilitychange);
    for (const n of ['pagehide', 'beforeunload', 'online', 'offline']) window.removeEventListener(n, s.handlers[n]);
    sheets.delete(root);
}
