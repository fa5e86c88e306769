export const id = 8305;
export const ids = [8305];
export const modules = {

/***/ 58305:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LazyGoogleAuth: () => (/* binding */ LazyGoogleAuth)
/* harmony export */ });
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(492);

/**
 * GoogleAuth whose `getClient()` starts looking for credentials only when first awaited.
 * AnthropicVertex calls `getClient()` in its constructor; on a machine without Google credentials
 * that lookup ends by probing the GCE metadata server over the network, and its rejection would go
 * unhandled until the first request. Deferring it keeps construction free of I/O.
 */
class LazyGoogleAuth extends google_auth_library__WEBPACK_IMPORTED_MODULE_0__.GoogleAuth {
    #started;
    getClient() {
        const start = () => (this.#started ??= super.getClient());
        const lazy = {
            // biome-ignore lint/suspicious/noThenProperty: a deliberate thenable: awaiting it starts the lookup
            then: (onFulfilled, onRejected) => start().then(onFulfilled, onRejected),
            catch: (onRejected) => start().catch(onRejected),
            finally: (onFinally) => start().finally(onFinally),
        };
        return lazy;
    }
}


/***/ })

};
