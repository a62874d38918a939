query "auth/login" verb=POST {
  api_group = "auth"
  description = "Exchange email and password for a token"

  input {
    email email filters=trim|lower
    password password
  }

  stack {
    db.get user {
      field_name = "email"
      field_value = $input.email
    } as $user
  
    precondition ($user != null && ($input.password|check_password:$user.password)) {
      error_type = "accessdenied"
      error = "invalid credentials"
    }
  
    function.run "auth/issue_token" {
      input = {user_id: $user.id}
    } as $token
  }

  response = {authToken: $token}
  guid = "api-auth-login-4d2e"
}