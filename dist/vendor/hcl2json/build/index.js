"use strict";
// Copyright (c) HashiCorp, Inc
// SPDX-License-Identifier: MPL-2.0
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.TFExpressionSyntaxTree = exports.wrapTerraformExpression = exports.getExpressionAst = exports.getReferencesInExpression = exports.convertFiles = exports.parse = void 0;
var bridge_1 = require("./bridge");
Object.defineProperty(exports, "parse", { enumerable: true, get: function () { return bridge_1.parse; } });
Object.defineProperty(exports, "convertFiles", { enumerable: true, get: function () { return bridge_1.convertFiles; } });
Object.defineProperty(exports, "getReferencesInExpression", { enumerable: true, get: function () { return bridge_1.getReferencesInExpression; } });
Object.defineProperty(exports, "getExpressionAst", { enumerable: true, get: function () { return bridge_1.getExpressionAst; } });
var util_1 = require("./util");
Object.defineProperty(exports, "wrapTerraformExpression", { enumerable: true, get: function () { return util_1.wrapTerraformExpression; } });
exports.TFExpressionSyntaxTree = __importStar(require("./syntax-tree"));
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiaW5kZXguanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi9zcmMvaW5kZXgudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IjtBQUFBLCtCQUErQjtBQUMvQixtQ0FBbUM7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBRW5DLG1DQUtrQjtBQUpoQiwrRkFBQSxLQUFLLE9BQUE7QUFDTCxzR0FBQSxZQUFZLE9BQUE7QUFDWixtSEFBQSx5QkFBeUIsT0FBQTtBQUN6QiwwR0FBQSxnQkFBZ0IsT0FBQTtBQUdsQiwrQkFBaUQ7QUFBeEMsK0dBQUEsdUJBQXVCLE9BQUE7QUFFaEMsd0VBQXdEIiwic291cmNlc0NvbnRlbnQiOlsiLy8gQ29weXJpZ2h0IChjKSBIYXNoaUNvcnAsIEluY1xuLy8gU1BEWC1MaWNlbnNlLUlkZW50aWZpZXI6IE1QTC0yLjBcblxuZXhwb3J0IHtcbiAgcGFyc2UsXG4gIGNvbnZlcnRGaWxlcyxcbiAgZ2V0UmVmZXJlbmNlc0luRXhwcmVzc2lvbixcbiAgZ2V0RXhwcmVzc2lvbkFzdCxcbn0gZnJvbSBcIi4vYnJpZGdlXCI7XG5cbmV4cG9ydCB7IHdyYXBUZXJyYWZvcm1FeHByZXNzaW9uIH0gZnJvbSBcIi4vdXRpbFwiO1xuXG5leHBvcnQgKiBhcyBURkV4cHJlc3Npb25TeW50YXhUcmVlIGZyb20gXCIuL3N5bnRheC10cmVlXCI7XG4iXX0=