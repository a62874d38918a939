function "statements/data" {
  input {
    json[] items
    text? title?
  }

  stack {
    var $list {
      value = [3, 1, 2]
    }
  
    array.push $list {
      value = 4
    }
  
    array.unshift $list {
      value = 0
    }
  
    array.pop $list as $last
    array.shift $list as $first
    array.merge $list {
      value = [5, 6]
    }
  
    array.find $list if ($this > 2) as $first_big
    array.find_index $list if ($this > 2) as $first_big_index
    array.has $list if ($this == 3) as $has_three
    array.every $list if ($this >= 0) as $all_positive
    array.filter $list if ($this % 2 == 0) as $even
    array.filter_count $list if ($this % 2 == 1) as $odd_count
    array.map ($input.items) {
      by = $this.name
    } as $names
  
    array.partition ($input.items) if ($this.active) as $by_activity
    array.group_by ($input.items) {
      by = $this.category
    } as $by_category
  
    array.union ([1, 3, 5]) {
      value = [2, 4]
      by = $this
    } as $union
  
    array.difference ([1, 2, 3]) {
      value = [2]
      by = $this
    } as $difference
  
    array.intersection ([1, 2, 3]) {
      value = [2, 3, 4]
      by = $this
    } as $intersection
  
    var $text {
      value = $input.title ?? "Untitled"
    }
  
    text.starts_with $text {
      value = "Un"
    } as $starts
  
    text.istarts_with $text {
      value = "un"
    } as $istarts
  
    text.ends_with $text {
      value = "d"
    } as $ends
  
    text.iends_with $text {
      value = "D"
    } as $iends
  
    text.contains $text {
      value = "title"
    } as $contains
  
    text.icontains $text {
      value = "TITLE"
    } as $icontains
  
    text.trim $text {
      value = " "
    }
  
    text.ltrim $text {
      value = " "
    }
  
    text.rtrim $text {
      value = " "
    }
  
    text.append $text {
      value = "!"
    }
  
    text.prepend $text {
      value = "> "
    }
  
    object.keys {
      value = {a: 1}
    } as $keys
  
    object.values {
      value = {a: 1}
    } as $values
  
    object.entries {
      value = {a: 1}
    } as $entries
  
    var $number {
      value = 10
    }
  
    math.add $number {
      value = 5
    }
  
    math.sub $number {
      value = 1
    }
  
    math.mul $number {
      value = 2
    }
  
    math.div $number {
      value = 4
    }
  
    math.mod $number {
      value = 3
    }
  
    math.bitwise.and $number {
      value = 6
    }
  
    math.bitwise.or $number {
      value = 1
    }
  
    math.bitwise.xor $number {
      value = 2
    }
  
    zip.create_archive {
      filename = "export.zip"
    } as $archive
  
    zip.add_to_archive {
      file = $input.items|json_encode
      zip = $archive
    }
  
    zip.view_contents {
      zip = $archive
    } as $contents
  
    zip.delete_from_archive {
      filename = "old.txt"
      zip = $archive
    }
  
    zip.extract {
      zip = $archive
    } as $extracted
  
    var $summary {
      value = "%s items"|sprintf:($input.items|count)
    }
  }

  response = {
    names  : $names
    union  : $union
    number : $number
    summary: $summary
  }
}