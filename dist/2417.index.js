export const id = 2417;
export const ids = [2417];
export const modules = {

/***/ 12417:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   wouldBeDiff: () => (/* binding */ wouldBeDiff)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57975);
/* harmony import */ var _state_state_path_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41938);







const run = (0,node_util__WEBPACK_IMPORTED_MODULE_5__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
const MAX_CHARS = 60_000;
/** The diff check mode would apply, as a Markdown section for the job summary (git's own diff). */
async function wouldBeDiff(changes, repoRoot) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'architect-docs-diff-'));
    let out = '';
    try {
        for (const [i, change] of changes.entries()) {
            // The state file's diff helps no reviewer; a removed file shows as gone.
            if ((0,_state_state_path_js__WEBPACK_IMPORTED_MODULE_6__/* .isStateFile */ ._A)(change.file))
                continue;
            const next = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, `${i}.new`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(next, change.text);
            const current = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(repoRoot, change.file)) ? (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(repoRoot, change.file) : '/dev/null';
            const args = ['diff', '--no-index', '--no-color', `--src-prefix=a/`, `--dst-prefix=b/`, '--', current, next];
            const diff = await run('git', args, { maxBuffer: 16 * 1024 * 1024 }).then((r) => r.stdout, (e) => e.stdout ?? '');
            out +=
                `\n#### \`${change.file}\`\n\n\`\`\`\`diff\n` +
                    `${diff.split('\n').slice(2).join('\n').replaceAll(current, change.file).replaceAll(next, change.file)}` +
                    `\n\`\`\`\`\n`;
            if (out.length > MAX_CHARS) {
                out = `${out.slice(0, MAX_CHARS)}\n\`\`\`\`\n\n… the diff is cut here to keep the summary readable.\n`;
                break;
            }
        }
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true });
    }
    return out ? `\n### What would change\n${out}` : '';
}


/***/ })

};
