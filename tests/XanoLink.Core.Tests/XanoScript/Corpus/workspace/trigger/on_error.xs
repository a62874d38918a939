error_trigger on_error {
  active = true

  input {
    json error
  }

  stack {
    debug.log {
      value = $input.error
    }
  }
}