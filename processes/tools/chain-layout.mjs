// Turns the grid of chain-model.mjs into BPMN DI geometry: shape bounds, orthogonal
// waypoints from border to border, and label boxes placed clear of the edges.

export const SIZES = {
  userTask: { w: 100, h: 80 },
  exclusiveGateway: { w: 50, h: 50 },
  startEvent: { w: 36, h: 36 },
  endEvent: { w: 36, h: 36 },
  boundaryEvent: { w: 36, h: 36 },
  intermediateCatchEvent: { w: 36, h: 36 },
};

const ORIGIN_X = 180;
const MAIN_Y = 440;
const COLUMN = 160;
/** Vertical offset of each grid row from the main row. */
const ROW_OFFSET = { '-2': -250, '-1': -150, 0: 0, 1: 150, 2: 270 };
/** Vertical offset of the lanes that flows skipping whole columns run along, clear of every row and its labels. */
const LANE_OFFSET = { above: -360, below: 360 };

const CHAR_WIDTH = 6;
const LINE_HEIGHT = 14;

/** Size of a wrapped label of at most `maxWidth` pixels per line. */
function textBox(text, maxWidth) {
  const width = text.length * CHAR_WIDTH;
  const lines = Math.ceil(width / maxWidth);
  return { w: Math.min(width, maxWidth), h: lines * LINE_HEIGHT };
}

function centreOf(node, byId) {
  if (node.kind === 'boundaryEvent') {
    const host = centreOf(byId.get(node.attachedTo), byId);
    const hostHalf = SIZES[byId.get(node.attachedTo).kind].h / 2;
    return { cx: host.cx + node.dx, cy: host.cy + (node.side === 'top' ? -hostHalf : hostHalf) };
  }
  return { cx: ORIGIN_X + node.col * COLUMN + node.dx, cy: MAIN_Y + ROW_OFFSET[node.row] };
}

function nodeLabel(node, { cx, cy }) {
  if (node.kind === 'userTask') return undefined; // drawn inside the task
  if (node.kind === 'exclusiveGateway') {
    // Above-left of the diamond: the in/out edges leave from its corners, never from there.
    const box = textBox(node.name, 100);
    return { x: cx - 5 - box.w, y: cy - 30 - box.h, ...box };
  }
  const box = textBox(node.name, 90);
  if (node.kind === 'boundaryEvent') {
    // Beside the edge that leaves the event away from its task.
    const y = node.side === 'top' ? cy - 20 - box.h : cy + 20;
    return { x: node.labelSide === 'right' ? cx + 8 : cx - 8 - box.w, y, ...box };
  }
  const above = node.row < 0; // the edge arrives from below: keep the label above
  return { x: cx - box.w / 2, y: above ? cy - 23 - box.h : cy + 23, ...box };
}

const port = {
  left: (s) => ({ x: s.x, y: s.y + s.h / 2 }),
  right: (s) => ({ x: s.x + s.w, y: s.y + s.h / 2 }),
  top: (s) => ({ x: s.x + s.w / 2, y: s.y }),
  bottom: (s) => ({ x: s.x + s.w / 2, y: s.y + s.h }),
};

/** Straight when aligned, else vertical out of the source then horizontal into the target. */
function route(source, target) {
  const s = { cx: source.x + source.w / 2, cy: source.y + source.h / 2 };
  const t = { cx: target.x + target.w / 2, cy: target.y + target.h / 2 };
  if (s.cy === t.cy) {
    return t.cx > s.cx ? [port.right(source), port.left(target)] : [port.left(source), port.right(target)];
  }
  if (s.cx === t.cx) {
    return t.cy < s.cy ? [port.top(source), port.bottom(target)] : [port.bottom(source), port.top(target)];
  }
  const start = t.cy > s.cy ? port.bottom(source) : port.top(source);
  const end = t.cx < s.cx ? port.right(target) : port.left(target);
  return [start, { x: start.x, y: end.y }, end];
}

/** Out of the source and into the target on the lane's side, along the lane in between. */
function laneRoute(source, target, lane) {
  const side = lane === 'above' ? port.top : port.bottom;
  const start = side(source);
  const end = side(target);
  const y = MAIN_Y + LANE_OFFSET[lane];
  return [start, { x: start.x, y }, { x: end.x, y }, end];
}

function flowLabel(name, waypoints) {
  const [first, second] = waypoints;
  const last = waypoints[waypoints.length - 1];
  if (first.y === second.y) {
    // Narrow enough to fit between a gateway and a task in the next column.
    const box = textBox(name, 80);
    const x = second.x > first.x ? first.x + 6 : first.x - 6 - box.w;
    return { x, y: first.y - 4 - box.h, ...box };
  }
  // Vertical start: beside the segment, next to its upper end (below the bend when it turns up).
  const box = textBox(name, 100);
  const up = second.y < first.y;
  const y = up ? (waypoints.length === 2 ? last.y : second.y) + 4 : first.y + 4;
  return { x: first.x + 6, y, ...box };
}

/** @returns {{ shapes: Map<string, object>, edges: Map<string, object> }} */
export function layoutChain(model) {
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const shapes = new Map();
  for (const node of model.nodes) {
    const centre = centreOf(node, byId);
    const { w, h } = SIZES[node.kind];
    shapes.set(node.id, {
      x: centre.cx - w / 2,
      y: centre.cy - h / 2,
      w,
      h,
      label: nodeLabel(node, centre),
    });
  }
  const edges = new Map();
  for (const flow of model.flows) {
    const [source, target] = [shapes.get(flow.source), shapes.get(flow.target)];
    const waypoints = flow.lane ? laneRoute(source, target, flow.lane) : route(source, target);
    edges.set(flow.id, { waypoints, label: flow.name ? flowLabel(flow.name, waypoints) : undefined });
  }
  return { shapes, edges };
}
