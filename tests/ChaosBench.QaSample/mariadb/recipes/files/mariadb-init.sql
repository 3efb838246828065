CREATE DATABASE IF NOT EXISTS chaosbench;
CREATE USER IF NOT EXISTS 'chaosbench'@'%' IDENTIFIED BY 'chaosbench';
GRANT ALL ON chaosbench.* TO 'chaosbench'@'%';
