table user {
  auth = true

  schema {
    int id
    timestamp created_at?=now
    text name filters=trim
    email email filters=trim|lower {
      sensitive = true
    }
  
    password password {
      sensitive = true
    }
  
    enum role?="user" {
      values = ["user", "admin", "moderator"]
    }
  
    bool is_active?=true
    timestamp? last_login?
    object auth_extras? {
      schema
    }
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree|unique", field: [{name: "email", op: "asc"}]}
  ]
}