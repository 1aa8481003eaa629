// Handwritten signature on a <canvas>: pointer (mouse, pen, finger) strokes; returns a PNG data URL. No external libraries.
const pads = new WeakMap();

export function init(canvas) {
    const ctx = canvas.getContext('2d');
    const ratio = window.devicePixelRatio || 1;
    const w = canvas.clientWidth || 480, h = canvas.clientHeight || 160;
    canvas.width = w * ratio; canvas.height = h * ratio;
    ctx.scale(ratio, ratio);
    ctx.lineWidth = 2.2; ctx.lineCap = 'round'; ctx.lineJoin = 'round'; ctx.strokeStyle = '#111';
    const state = { drawing: false, strokes: 0 };
    pads.set(canvas, state);
    const pos = e => { const r = canvas.getBoundingClientRect(); return [e.clientX - r.left, e.clientY - r.top]; };
    canvas.addEventListener('pointerdown', e => {
        state.drawing = true; canvas.setPointerCapture(e.pointerId);
        const [x, y] = pos(e); ctx.beginPath(); ctx.moveTo(x, y); ctx.lineTo(x + 0.1, y + 0.1); ctx.stroke();
        e.preventDefault();
    });
    canvas.addEventListener('pointermove', e => {
        if (!state.drawing) return;
        const [x, y] = pos(e); ctx.lineTo(x, y); ctx.stroke(); e.preventDefault();
    });
    const end = () => { if (state.drawing) { state.drawing = false; state.strokes++; } };
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointerleave', end);
    canvas.style.touchAction = 'none';
}

export function clear(canvas) {
    const ctx = canvas.getContext('2d');
    ctx.save(); ctx.setTransform(1, 0, 0, 1, 0, 0); ctx.clearRect(0, 0, canvas.width, canvas.height); ctx.restore();
    const s = pads.get(canvas); if (s) s.strokes = 0;
}

export function toPng(canvas) {
    const s = pads.get(canvas);
    return s && s.strokes > 0 ? canvas.toDataURL('image/png') : null;
}
