print("practica")
