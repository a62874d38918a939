agent "Support Bot" {
  canonical = "support-bot-v1"
  description = "Answers questions about orders"
  llm = {
    type         : "openai"
    api_key      : "{{ $env.OPENAI_API_KEY }}"
    model        : "gpt-5-mini"
    system_prompt: """
      You help customers with their orders.
      Always confirm before you change anything.
      """
    prompt       : "{{ $args.message }}"
    max_steps    : 5
    temperature  : 0.2
  }

  tools = [{name: "get_order"}]
  external_mcp_servers = []
}