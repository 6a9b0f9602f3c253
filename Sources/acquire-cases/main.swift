print("acquire-cases")
