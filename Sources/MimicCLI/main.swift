print("mimic")
