run.job nightly_report {
  description = "Builds the nightly sales report"

  input {
    date day?
  }

  stack {
    var $api_key {
      value = $env.REPORT_KEY
    }
  }
}