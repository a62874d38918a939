agent_trigger on_connect {
  agent = "Support Bot"
  actions = {connection: true}
  active = true
  description = "Prepares the context when the agent connects"
  docs = "Runs on every connection"

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
    var $context {
      value = {toolset: $input.toolset.name}
    }
  }

  response = $context
  history = "inherit"
}