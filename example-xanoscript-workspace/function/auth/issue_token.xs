function "auth/issue_token" {
  description = "A signed session token for a user"

  input {
    int user_id
  }

  stack {
    function.run "util/random_token" {
      input = {length: 32}
    } as $nonce
  
    security.create_auth_token {
      table = "user"
      id = $input.user_id
      extras = {nonce: $nonce}
      expiration = 86400
    } as $token
  }

  response = $token
  guid = "fn-auth-issue-token-7c1b"
}