/**
 * Budget domain (SPEC §5, issue 5): cost per FTE, cluster totals, contract
 * years (pro rata and indexation), largest-remainder school amounts, norms
 * and validation. Pure: no database, framework, environment or clock.
 */
export * from "./amounts";
export * from "./apportion";
export * from "./budget";
export * from "./contract-years";
export * from "./cost-per-fte";
export * from "./decimal";
export * from "./norms";
export * from "./types";
export * from "./validate";
export * from "./worked-example";
