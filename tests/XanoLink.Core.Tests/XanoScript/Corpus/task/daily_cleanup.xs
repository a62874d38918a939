task daily_cleanup {
  description = "Removes expired sessions every day"
  active = true

  stack {
    db.query session {
      where = $db.session.expires_at < now
    } as $expired
  
    foreach ($expired) {
      each as $session {
        conditional {
          if ($session.pinned) {
            continue
          }
        }
      
        db.del session {
          field_name = "id"
          field_value = $session.id
        }
      
        conditional {
          if ($session.last) {
            break
          }
        }
      }
    }
  
    var $kept {
      value = $expired
    }
  
    foreach ($kept) {
      each as $session {
        conditional {
          if ($session.pinned == false) {
            remove
          }
        }
      }
    }
  }

  schedule = [{starts_on: 2026-01-01 02:00:00+0000, freq: 86400}]
  history = "inherit"
}