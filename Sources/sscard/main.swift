print("sscard")
