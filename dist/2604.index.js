export const id = 2604;
export const ids = [2604];
export const modules = {

/***/ 12604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOctokit: () => (/* binding */ createOctokit)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86856);



/**
 * Octokit for the repository's API (`GITHUB_API_URL`, so GitHub Enterprise Server works too),
 * with retries on transient errors and GitHub's recommended throttling: a rate limit makes the
 * action wait and try again (twice), never hammer the API.
 */
function createOctokit(token, log = () => { }) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        retry: { doNotRetry: [400, 401, 403, 404, 422, 451] },
        throttle: {
            onRateLimit: (after, options, _o, retryCount) => {
                log(`rate limited on ${options.method} ${options.url}; retrying after ${after}s`);
                return retryCount < 2;
            },
            onSecondaryRateLimit: (after, options, _o, retryCount) => {
                log(`secondary rate limit on ${options.method} ${options.url}; retrying after ${after}s`);
                return retryCount < 2;
            },
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}


/***/ })

};
