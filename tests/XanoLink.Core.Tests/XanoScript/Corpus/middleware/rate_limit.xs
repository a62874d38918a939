middleware rate_limit {
  description = "Limits each user to 100 requests a minute"
  exception_policy = "rethrow"
  response_strategy = "merge"

  input {
    int user_id
    int max_requests?=100
  }

  stack {
    redis.ratelimit {
      key = "ratelimit:" ~ $input.user_id
      max = $input.max_requests
      ttl = 60
      error = "Rate limit exceeded"
    }
  }

  response = null
}