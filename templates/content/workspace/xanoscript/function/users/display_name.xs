function "users/display_name" {
  description = "A user's name as shown to people: first and last name, or the email when both are empty"

  input {
    int user_id
  }

  stack {
    db.get user {
      field_name = "id"
      field_value = $input.user_id
    } as $user
  
    var $name {
      value = ($user.first_name ~ " " ~ $user.last_name)|trim
    }
  
    conditional {
      if ($name == "") {
        var.update $name {
          value = $user.email
        }
      }
    }
  }

  response = $name
  guid = "fn-users-display-name-FUNCTION_GUID"
}