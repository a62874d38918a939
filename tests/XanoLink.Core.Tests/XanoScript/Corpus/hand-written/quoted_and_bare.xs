query "status" verb=GET {
  api_group = "System"
  stack { }
  response = { status: "ok" }
}
