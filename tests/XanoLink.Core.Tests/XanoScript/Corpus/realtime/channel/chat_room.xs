realtime_channel "room:*" {
  description = "Chat rooms"
  active = true
  public_messaging = {active: true, auth: true}
  private_messaging = {active: true, auth: true}
  settings = {
    anonymous_clients: false
    nested_channels  : false
    message_history  : 100
    auth_channel     : true
    presence         : true
  }
}