workspace "product:source" {
  description = "Source workspace: the objects here are published to every tenant workspace listed in xanolink.json"
  guid = "ws-WORKSPACE_GUID"
}