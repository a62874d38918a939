run.service report_service {
  description = "Serves sales reports"

  stack {
    debug.log {
      value = "ready"
    }
  }
}