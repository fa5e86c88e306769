export const id = 3603;
export const ids = [3603];
export const modules = {

/***/ 93603:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BQ: () => (/* reexport safe */ _state_path_js__WEBPACK_IMPORTED_MODULE_3__.BQ),
/* harmony export */   lN: () => (/* reexport safe */ _state_text_js__WEBPACK_IMPORTED_MODULE_4__.lN),
/* harmony export */   readState: () => (/* binding */ readState)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _system_derive_system_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83751);
/* harmony import */ var _state_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41938);
/* harmony import */ var _state_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99258);







/** The previous state; no record when there is none or it cannot be used (another version, corrupt). */
async function readState(repoRoot, docsDir) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoRoot, (0,_state_path_js__WEBPACK_IMPORTED_MODULE_3__/* .statePath */ .BQ)(docsDir)), 'utf8').catch(() => undefined);
    const legacyText = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoRoot, (0,_state_path_js__WEBPACK_IMPORTED_MODULE_3__/* .legacyStatePath */ .Uv)(docsDir)), 'utf8').catch(() => undefined);
    if (legacyText === undefined)
        return { record: text === undefined ? undefined : (0,_state_text_js__WEBPACK_IMPORTED_MODULE_4__/* .parseStateText */ .A6)(text), text };
    // Both there (a branch merged from before the upgrade): the line format holds; the JSON goes.
    if (text !== undefined)
        return { record: (0,_state_text_js__WEBPACK_IMPORTED_MODULE_4__/* .parseStateText */ .A6)(text), text, legacy: { facts: undefined } };
    const legacy = parseLegacyState(legacyText);
    return { record: legacy?.record, legacy: { facts: legacy?.facts } };
}
/** The JSON state of earlier releases: its sections and blocks carry over, its facts are the change base. */
function parseLegacyState(text) {
    try {
        const state = JSON.parse(text);
        if (state.stateVersion !== 1 || ![2, 3].includes(state.facts?.modelVersion))
            return undefined;
        const facts = { ...state.facts, system: (0,_system_derive_system_js__WEBPACK_IMPORTED_MODULE_2__/* .deriveSystem */ .B)(state.facts) };
        return {
            facts,
            record: {
                generator: state.generator,
                extractionKey: state.extractionKey,
                diagnostics: facts.diagnostics.length,
                referenced: facts.inputs.filter((i) => i.referenced),
                sections: state.sections ?? {},
                blocks: state.blocks ?? {},
                // Its keys name a run whose state was the old file: a run now always writes the new one.
            },
        };
    }
    catch {
        return undefined;
    }
}


/***/ })

};
