realtime_trigger on_message {
  channel = "room:*"
  actions = {join: true, message: true}
  active = true
  description = "Stores chat messages"

  input {
    enum action {
      values = ["message", "join"]
    }
  
    text channel
    object client {
      schema {
        json extras
        object permissions {
          schema {
            int dbo_id
            text row_id
          }
        }
      }
    }
  
    object options {
      schema {
        bool authenticated
        text channel
      }
    }
  
    json payload
  }

  stack {
    db.add chat_message {
      data = {channel: $input.channel, message: $input.payload.message, sent_at: now}
    } as $message
  }

  response = {status: "ok"}
  history = false
}