// maxrects-packer 2.7 declares "type": "module" but its "main" is a UMD file Node cannot import
// as ESM; the ES build lives at dist/maxrects-packer.mjs. These are its types, from the package.
declare module 'maxrects-packer/dist/maxrects-packer.mjs' {
  export { MaxRectsPacker, Rectangle } from 'maxrects-packer/dist/index';
}
