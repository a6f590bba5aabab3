// What a browser may hand back of a drawn graph: its positions (to save a view, or to take it to
// Gephi as shown) and its camera. Bounded so that a forged value cannot open a blank or endless
// view: the layout's coordinates stay far inside ±1e6, and a camera zoomed beyond a thousandfold
// either way shows nothing a coordinator meant to keep.
import { z } from "zod";

// Positions of 2,000 organisations and their programmes, with room to spare.
export const MAX_POSITIONS = 5_000;
const LIMIT = 1e6;

const coordinate = z.number().finite().min(-LIMIT).max(LIMIT);

export const positionsSchema = z
  .record(z.string().max(80), z.tuple([coordinate, coordinate]))
  .refine((p) => Object.keys(p).length <= MAX_POSITIONS, { message: "too_many" });

export const cameraSchema = z.object({ x: coordinate, y: coordinate, ratio: z.number().min(1e-3).max(1e3) });

export type Positions = z.infer<typeof positionsSchema>;
export type Camera = z.infer<typeof cameraSchema>;

/** Whatever is stored or sent, kept only when it is within bounds (views saved before the bounds). */
export const cleanCamera = (value: unknown): Camera | null => cameraSchema.safeParse(value).data ?? null;
export const cleanPositions = (value: unknown): Positions | null => positionsSchema.safeParse(value).data ?? null;
