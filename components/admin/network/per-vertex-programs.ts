// Sigma draws circles and edges as instanced geometry. Chromium without a GPU (SwiftShader) draws
// instanced geometry one instance at a time: at 2,000 organisations and 10,000 relationships a
// frame took about 400 ms, where the same shaders fed one vertex at a time take about 50 ms
// (`bench:graph`). These are sigma's own programs, unchanged in shaders and looks, with each
// item's attributes written once per vertex followed by that vertex's constant attributes.
import type Sigma from "sigma";
import { EdgeRectangleProgram, NodeCircleProgram } from "sigma/rendering";
import { inMotion } from "./motion";

type Instanced = {
  ATTRIBUTES: { size: number; type: number }[];
  CONSTANT_ATTRIBUTES: { size: number; type: number }[];
  CONSTANT_DATA: number[][];
};

/** Sigma tells instanced programs by their constant attributes: without them it feeds vertices. */
function perVertexDefinition<D extends Instanced>(def: D): D {
  const perVertex: Partial<D> = { ...def, ATTRIBUTES: [...def.ATTRIBUTES, ...def.CONSTANT_ATTRIBUTES] };
  delete perVertex.CONSTANT_ATTRIBUTES;
  delete perVertex.CONSTANT_DATA;
  return perVertex as D;
}

function itemLength(def: Instanced) {
  // Every attribute sigma uses takes one float slot per component, or one slot for four bytes.
  return def.ATTRIBUTES.reduce((sum, a) => sum + (a.type === WebGLRenderingContext.FLOAT ? a.size : 1), 0);
}

/** What a program needs to spread an item: read once from sigma's instanced definition. */
type Layout = { scratch: Float32Array; constantData: number[][] };

function layoutOf(def: Instanced): Layout {
  return { scratch: new Float32Array(itemLength(def)), constantData: def.CONSTANT_DATA };
}

/**
 * Lets sigma's own code write one item into `layout.scratch`, then writes it once per vertex into
 * the program's array, each copy followed by that vertex's constant attributes.
 */
function writeSpread(program: { array: Float32Array }, layout: Layout, start: number, write: () => void) {
  const target = program.array;
  program.array = layout.scratch;
  try {
    write();
  } finally {
    program.array = target;
  }
  let at = start;
  for (const constants of layout.constantData) {
    target.set(layout.scratch, at);
    at += layout.scratch.length;
    for (const value of constants) target[at++] = value;
  }
}

export class PerVertexNodeCircleProgram extends NodeCircleProgram {
  private layout: Layout | null = null;

  // The picking layer (which node lies under the pointer) is drawn with every frame. Nothing is
  // looked up while the picture moves (see still-layers.ts), so it is left out then; the frame
  // drawn once the picture stands still brings it back.
  render(params: Parameters<NodeCircleProgram["render"]>[0]) {
    if (!inMotion(this.renderer as Sigma)) return super.render(params);
    const pick = this.pickProgram;
    this.pickProgram = null;
    try {
      super.render(params);
    } finally {
      this.pickProgram = pick;
    }
  }

  getDefinition() {
    return perVertexDefinition(super.getDefinition());
  }

  processVisibleItem(...[nodeIndex, startIndex, data]: Parameters<NodeCircleProgram["processVisibleItem"]>) {
    this.layout ??= layoutOf(super.getDefinition());
    writeSpread(this, this.layout, startIndex, () => super.processVisibleItem(nodeIndex, 0, data));
  }
}

export class PerVertexEdgeRectangleProgram extends EdgeRectangleProgram {
  private layout: Layout | null = null;

  getDefinition() {
    return perVertexDefinition(super.getDefinition());
  }

  processVisibleItem(...[edgeIndex, startIndex, source, target, data]: Parameters<EdgeRectangleProgram["processVisibleItem"]>) {
    this.layout ??= layoutOf(super.getDefinition());
    writeSpread(this, this.layout, startIndex, () => super.processVisibleItem(edgeIndex, 0, source, target, data));
  }
}
