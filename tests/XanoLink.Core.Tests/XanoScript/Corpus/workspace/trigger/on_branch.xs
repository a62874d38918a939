workspace_trigger on_branch {
  actions = {branch_new: true, branch_merge: true, branch_live: true}
  active = true
  description = "Tells the team about branch events"
  tags = ["devops"]

  input {
    object to_branch {
      schema {
        int id
        text label
      }
    }
  
    object from_branch {
      schema {
        int id
        text label
      }
    }
  
    enum action {
      values = ["branch_live", "branch_merge", "branch_new"]
    }
  }

  stack {
    debug.log {
      value = $input.action
    }
  }

  history = false
}