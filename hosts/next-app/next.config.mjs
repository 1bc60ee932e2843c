// Next's defaults: nothing to configure for the package.
export default {};
