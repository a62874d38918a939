mcp_server "Customer Support" {
  canonical = "support-mcp-v1"
  description = "Tools for customer support"
  instructions = "Use these tools to help customers with orders."
  tags = ["support"]
  tools = [{name: "get_order"}]
}