agent "Classifier" {
  canonical = "classifier-v1"
  llm = {
    type: "openai"
    api_key: "{{ $env.OPENAI_API_KEY }}"
    model: "gpt-5-mini"
    system_prompt: "Classify the sentiment of the text."
    prompt: "{{ $args.text }}"
    structured_outputs: true

    output {
      enum sentiment { values = ["positive", "negative", "neutral"] }
      decimal confidence filters=min:0|max:1
      text reasoning?
    }
  }
  tools = []
}
