import Workbench
print("learn")
