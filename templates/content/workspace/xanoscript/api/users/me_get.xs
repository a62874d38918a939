query me verb=GET {
  api_group = "users"
  auth = "user"
  description = "The signed-in user"

  input {
  }

  stack {
    db.get user {
      field_name = "id"
      field_value = $auth.id
    } as $user
  
    function.run "users/display_name" {
      input = {user_id: $user.id}
    } as $display_name
  }

  response = {
    id   : $user.id
    email: $user.email
    name : $display_name
  }

  guid = "api-users-me-API_GUID"
}