/** Calibration of the sample world against real recorded rankings pages (Node only: reads ../shared at run time). */
export * from "./figures";
export * from "./pooled";
export * from "./calibration";
export * from "./real-pages";
export * from "./world-boards";
export { REAL_FIGURES } from "./real-figures";
