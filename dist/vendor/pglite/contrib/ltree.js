import{j as e}from"../chunk-ZSOCVAT7.js";e();var t=async(n,s)=>({bundlePath:new URL("../ltree.tar.gz",import.meta.url)}),a={name:"ltree",setup:t};export{a as ltree};
//# sourceMappingURL=ltree.js.map