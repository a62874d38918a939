function "statements/calls" {
  input {
  }

  stack {
    api.request {
      url = "https://api.example.com/orders"
      method = "POST"
      params = {source: "shop"}
      headers = []|push:"Content-Type: application/json"
      timeout = 30
      verify = true
    } as $api_result
  
    api.request {
      url = "https://api.example.com/data"
      method = "GET"
      async = true
    } as $request
  
    await $request as $awaited
    api.lambda {
      code = """
        const items = $var.api_result.response.result;
        return items.length;
        """
      timeout = 10
    } as $count
  
    api.stream {
      value = $api_result.response.result
    }
  
    webflow.request {
      url = "https://api.webflow.com/v2/sites"
      method = "GET"
    } as $sites
  
    stream.from_csv {
      value = $env.CSV_URL
      separator = ","
      enclosure = "\""
      escape_char = "\\"
    } as $csv_rows
  
    stream.from_jsonl {
      value = $env.JSONL_URL
    } as $jsonl_rows
  
    stream.from_request {
      url = "https://example.com/export.jsonl"
      method = "GET"
    } as $remote_rows
  
    function.call "billing/calc_total" {
      input = {order_id: 1}
    } as $total
  
    task.call daily_cleanup as $task_result
    tool.call get_order {
      input = {order_id: 1}
    } as $tool_result
  
    middleware.call rate_limit {
      input = {vars: {}, type: "pre"}
    } as $middleware_result
  
    trigger.call audit_product {
      input = {new: {}, old: {}, action: "insert", datasource: "live"}
    } as $trigger_result
  
    action.call send_welcome {
      input = {user_id: 1}
    } as $action_result
  
    api.call "products/{product_id}" verb=GET {
      api_group = "products"
      input = {product_id: 1}
    } as $product
  
    ai.agent.run "Support Bot" {
      args = {}|set:"message":"Where is my order?"
      allow_tool_execution = true
    } as $agent_result
  
    ai.external.mcp.tool.list {
      server_url = "https://mcp.example.com"
      api_key = $env.MCP_API_KEY
    } as $tools
  
    ai.external.mcp.tool.run {
      server_url = "https://mcp.example.com"
      api_key = $env.MCP_API_KEY
      tool_name = "search_web"
      arguments = {query: "latest news"}
    } as $tool_run
  
    ai.external.mcp.server_details {
      server_url = "https://mcp.example.com"
      api_key = $env.MCP_API_KEY
    } as $details
  
    util.post_process {
      stack {
        debug.log {
          value = "after the response"
        }
      }
    }
  }

  response = $api_result.response.result
}