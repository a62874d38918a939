query "auth/me" verb=GET {
  api_group = "auth"
  auth = "user"
  description = "The signed-in user"

  input {
  }

  stack {
    db.get user {
      field_name = "id"
      field_value = $auth.id
    } as $user
  }

  response = {
    id   : $user.id
    email: $user.email
    name : $user.name
  }

  guid = "api-auth-me-0e7a"
}