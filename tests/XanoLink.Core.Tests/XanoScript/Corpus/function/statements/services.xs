function "statements/services" {
  input {
    text email filters=trim|lower
    password secret
    file? upload?
  }

  stack {
    security.create_uuid as $uuid
    security.create_auth_token {
      table = "user"
      extras = {role: "admin"}
      expiration = 86400
      id = 1
    } as $token
  
    security.check_password {
      text_password = $input.secret
      hash_password = "$2y$10$abcdefghijklmnopqrstuv"
    } as $password_ok
  
    security.create_password {
      character_count = 16
      require_lowercase = true
      require_uppercase = true
      require_digit = true
      require_symbol = false
    } as $new_password
  
    security.encrypt {
      data = $input.email
      algorithm = "aes-256-cbc"
      key = $env.SECRET_KEY
      iv = $env.SECRET_IV
    } as $encrypted
  
    security.decrypt {
      data = $encrypted
      algorithm = "aes-256-cbc"
      key = $env.SECRET_KEY
      iv = $env.SECRET_IV
    } as $decrypted
  
    security.jws_encode {
      headers = {}
      claims = {sub: 1}
      key = $env.JWT_KEY
      signature_algorithm = "HS256"
      ttl = 3600
    } as $jws
  
    security.jws_decode {
      token = $jws
      key = $env.JWT_KEY
      signature_algorithm = "HS256"
    } as $claims
  
    security.jwe_encode {
      claims = {sub: 1}
      key = $env.JWE_KEY
    } as $jwe
  
    security.jwe_decode {
      token = $jwe
      key = $env.JWE_KEY
    } as $jwe_claims
  
    security.random_number {
      min = 1
      max = 100
    } as $dice
  
    security.random_bytes {
      length = 16
    } as $bytes
  
    security.create_secret_key {
      bits = 256
    } as $secret_key
  
    security.create_rsa_key {
      bits = 2048
    } as $rsa_key
  
    security.create_curve_key {
      curve = "P-256"
    } as $curve_key
  
    storage.create_attachment {
      value = $input.upload
      access = "private"
      filename = $input.upload.name
    } as $attachment
  
    storage.create_file_resource {
      filename = "report.csv"
      filedata = "a,b\n1,2"
    } as $file_resource
  
    storage.read_file_resource {
      value = $file_resource
    } as $file_content
  
    storage.append_file {
      value = $file_resource
      data = "3,4"
    }
  
    storage.create_audio {
      value = $input.upload
      access = "public"
      filename = "sound.mp3"
    } as $audio
  
    storage.create_video {
      value = $input.upload
      access = "public"
      filename = "clip.mp4"
    } as $video
  
    storage.sign_private_url {
      pathname = $attachment.path
      ttl = 300
    } as $signed_url
  
    storage.delete_file {
      pathname = $attachment.path
    }
  
    redis.set {
      key = "session:" ~ $uuid
      data = $input.email
      ttl = 3600
    }
  
    redis.get {
      key = "session:" ~ $uuid
    } as $session
  
    redis.has {
      key = "session:" ~ $uuid
    } as $has_session
  
    redis.del {
      key = "session:" ~ $uuid
    }
  
    redis.incr {
      key = "visits"
      by = 1
    } as $visits
  
    redis.decr {
      key = "credits"
      by = 1
    } as $credits
  
    redis.keys {
      search = "session:*"
    } as $session_keys
  
    redis.count {
      key = "queue"
    } as $queue_length
  
    redis.push {
      key = "queue"
      value = $uuid
    }
  
    redis.unshift {
      key = "queue"
      value = $uuid
    }
  
    redis.pop {
      key = "queue"
    } as $popped
  
    redis.shift {
      key = "queue"
    } as $shifted
  
    redis.range {
      key = "queue"
      start = 0
      stop = 10
    } as $range
  
    redis.remove {
      key = "queue"
      value = $uuid
      count = 1
    }
  
    redis.ratelimit {
      key = "ratelimit:" ~ $input.email
      max = 100
      ttl = 60
      error = "Rate limit exceeded"
    }
  
    util.send_email {
      service_provider = "resend"
      api_key = $env.RESEND_API_KEY
      to = $input.email
      from = "noreply@example.com"
      subject = "Welcome"
      message = "Hello!"
    }
  
    util.set_header {
      value = "X-Request-Id: " ~ $uuid
      duplicates = "replace"
    }
  
    util.template_engine {
      value = """
        <h1>{{ $var.uuid }}</h1>
        """
    } as $html
  
    util.sleep {
      value = 1
    }
  
    util.ip_lookup {
      value = $env.$remote_ip
    } as $location
  
    util.get_input as $raw_input_object
    util.get_all_input as $all_input
    util.get_raw_input {
      encoding = "json"
    } as $raw_input
  
    util.get_env as $environment
    util.get_vars as $variables
    util.geo_distance {
      latitude_1 = 40.71
      longitude_1 = -74.0
      latitude_2 = 48.85
      longitude_2 = 2.35
    } as $distance
  
    debug.log {
      value = $distance
    }
  
    debug.stop {
      value = $location
    }
  }

  response = $uuid
}