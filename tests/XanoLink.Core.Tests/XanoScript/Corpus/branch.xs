// The live branch
branch v1 {
  color = "#22c55e"
  description = "Production"
  middleware = {
    function: {pre: [], post: []}
    query   : {pre: ["rate_limit"], post: []}
    task    : {pre: [], post: []}
    tool    : {pre: [], post: []}
  }

  history = {
    function  : false
    query     : 100
    task      : 100
    tool      : 100
    trigger   : false
    middleware: false
  }
}