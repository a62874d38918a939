mcp_server_trigger on_mcp_connect {
  mcp_server = "Customer Support"
  actions = {connection: true}
  active = true
  tags = ["mcp"]

  input {
    object toolset {
      schema {
        int id
        text name
        text instructions
      }
    }
  
    object[] tools {
      schema {
        int id
        text name
        text instructions
      }
    }
  }

  stack {
    var $result {
      value = $input.tools|count
    }
  }

  response = $result
  history = false
}