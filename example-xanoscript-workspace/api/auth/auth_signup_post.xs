query "auth/signup" verb=POST {
  api_group = "auth"
  description = "Create a customer account"

  input {
    email email filters=trim|lower
    password password
    text name?
  }

  stack {
    db.add user {
      data = {
        email   : $input.email
        password: $input.password
        name    : $input.name
        role    : "customer"
      }
    } as $user
  
    function.run "auth/issue_token" {
      input = {user_id: $user.id}
    } as $token
  }

  response = {authToken: $token}
  guid = "api-auth-signup-9b61"
}